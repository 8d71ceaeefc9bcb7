from flask import request
@app.route("/search")
def search():
    query = request.args.get("q", "") # URL query params: ?q=python
    page = request.args.get("page", 1, type=int)
    body = request.get_json() # JSON body
    form_data = request.form.get("username") # form-encoded body
    files = request.files.get("upload") # file upload
    headers = request.headers.get("Authorization")
    cookies = request.cookies.get("session_id")
    method = request.method # GET, POST, etc.
    return jsonify({"query": query, "page": page})
