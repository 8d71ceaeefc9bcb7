# app.py
from flask import Flask
from auth.routes import auth_bp
from users.routes import users_bp
def create_app():
    app = Flask(__name__)
    app.register_blueprint(auth_bp)
    app.register_blueprint(users_bp)
    return app
@app.before_request
def authenticate():
    token = request.headers.get("Authorization")
    if not token and request.endpoint != "auth.login":
        return jsonify({"error": "Unauthorized"}), 401
@app.after_request
def add_cors_headers(response):
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
@app.teardown_appcontext
def close_db(error):
    db = g.pop("db", None)
    if db:
        db.close()
# Error handlers
@app.errorhandler(404)
def not_found(e):
    return jsonify({"error": "Not found"}), 404
@app.errorhandler(500)
def internal_error(e):
    return jsonify({"error": "Internal server error"}), 500
