from flask import Flask, request, jsonify
from flask_jwt_extended import (
    JWTManager, create_access_token, create_refresh_token,
    jwt_required, get_jwt_identity, get_jwt
)
from datetime import timedelta
app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "super-secret-change-in-prod"
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(hours=1)
app.config["JWT_REFRESH_TOKEN_EXPIRES"] = timedelta(days=30)
jwt = JWTManager(app)
@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    user = verify_credentials(data["username"], data["password"]) # your function
    if not user:
        return jsonify({"error": "Bad credentials"}), 401
    access_token = create_access_token(
        identity=str(user.id),
        additional_claims={"role": user.role}
    )
    refresh_token = create_refresh_token(identity=str(user.id))
    return jsonify(access_token=access_token, refresh_token=refresh_token)
@app.route("/refresh", methods=["POST"])
@jwt_required(refresh=True) # only accepts refresh tokens
def refresh():
    identity = get_jwt_identity()
    new_token = create_access_token(identity=identity)
    return jsonify(access_token=new_token)
@app.route("/protected")
@jwt_required()
def protected():
    user_id = get_jwt_identity() # str you passed as identity
    claims = get_jwt() # full JWT payload dict
    print(claims["role"]) # additional_claims you set earlier
    return jsonify(user_id=user_id)
# Token revocation with a blocklist (e.g., Redis)
@jwt.token_in_blocklist_loader
def check_if_revoked(jwt_header, jwt_payload):
    jti = jwt_payload["jti"]
    return redis_client.get(f"token:blocked:{jti}") is not None
@app.route("/logout", methods=["DELETE"])
@jwt_required()
def logout():
    jti = get_jwt()["jti"]
    ttl = app.config["JWT_ACCESS_TOKEN_EXPIRES"]
    redis_client.set(f"token:blocked:{jti}", "1", ex=int(ttl.total_seconds()))
    return jsonify(msg="Token revoked")
import os
# config.py: class-based config hierarchy
class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-key")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY")
class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"
    SQLALCHEMY_ECHO = True
class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"
    WTF_CSRF_ENABLED = False
class ProductionConfig(Config):
    DEBUG = False
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"] # must be set
# Never hardcode secrets — always from environment variables
config_by_name = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
# create_app usage
def create_app(config_name=None):
    if config_name is None:
        config_name = os.environ.get("FLASK_ENV", "development")
    app = Flask(__name__)
    app.config.from_object(config_by_name[config_name])
    # Override from a .env file (python-dotenv)
    # from dotenv import load_dotenv; load_dotenv() before create_app()
    return app
# Accessing config inside app context:
# from flask import current_app
# db_url = current_app.config["SQLALCHEMY_DATABASE_URI"]
