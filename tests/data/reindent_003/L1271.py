# app/__init__.py
from flask import Flask
from .extensions import db, migrate, jwt
from .config import config_by_name
def create_app(config_name="development"):
    app = Flask(__name__)
    app.config.from_object(config_by_name[config_name])
    # Initialize extensions
    db.init_app(app)
    migrate.init_app(app, db)
    jwt.init_app(app)
    # Register blueprints
    from .api.v1 import api_v1
    app.register_blueprint(api_v1, url_prefix="/api/v1")
    return app
from flask_sqlalchemy import SQLAlchemy
db = SQLAlchemy()
class User(db.Model):
    __tablename__ = "users"
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)
    email = db.Column(db.String(120), unique=True, nullable=False)
    posts = db.relationship("Post", back_populates="author", lazy="dynamic")
class Post(db.Model):
    __tablename__ = "posts"
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    author_id = db.Column(db.Integer, db.ForeignKey("users.id"), nullable=False)
    author = db.relationship("User", back_populates="posts")
# Querying
users = User.query.all()
user = User.query.filter_by(username="alice").first()
user = User.query.get(1)
admins = User.query.filter(User.role == "admin").order_by(User.username).all()
# CRUD
new_user = User(username="bob", email="bob@example.com")
db.session.add(new_user)
db.session.commit()
user.username = "bob2"
db.session.commit()
db.session.delete(user)
db.session.commit()
