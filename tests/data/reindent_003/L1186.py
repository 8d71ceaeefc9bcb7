from flask import Flask, request, jsonify
app = Flask(__name__)
@app.route("/") # GET by default
def index():
    return "Hello, World!"
@app.route("/users/<int:user_id>", methods=["GET"])
def get_user(user_id):
    user = {"id": user_id, "name": "Alice"}
    return jsonify(user), 200
@app.route("/users", methods=["POST"])
def create_user():
    data = request.get_json() # parse JSON body
    name = data.get("name")
    if not name:
        return jsonify({"error": "name required"}), 400
    return jsonify({"id": 1, "name": name}), 201
if __name__ == "__main__":
    app.run(debug=True, port=5000)
