from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt # pip install python-jose[cryptography]
from passlib.context import CryptContext # pip install passlib[bcrypt]
from datetime import datetime, timedelta
SECRET_KEY = "change-me-in-env"
ALGORITHM = "HS256"
pwd_ctx = CryptContext(schemes=["bcrypt"])
oauth2 = OAuth2PasswordBearer(tokenUrl="/token")
# Password utilities
def hash_password(p: str) -> str: return pwd_ctx.hash(p)
def verify_password(p, h) -> bool: return pwd_ctx.verify(p, h)
# Token creation
def create_access_token(data: dict, expires: timedelta = timedelta(hours=1)) -> str:
    payload = {**data, "exp": datetime.utcnow() + expires}
    return jwt.encode(payload, SECRET_KEY, algorithm=ALGORITHM)
# Dependency: extract and validate token
async def get_current_user(token: str = Depends(oauth2)):
    exc = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        user_id = payload.get("sub")
        if user_id is None: raise exc
    except JWTError:
        raise exc
    user = await db.get(User, int(user_id))
    if not user: raise exc
    return user
@app.post("/token")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    user = await db.get_by_username(User, form.username)
    if not user or not verify_password(form.password, user.hashed_password):
        raise HTTPException(400, "Incorrect credentials")
    token = create_access_token({"sub": str(user.id)})
    return {"access_token": token, "token_type": "bearer"}
@app.get("/me")
async def me(user = Depends(get_current_user)):
    return user
# Role-based access via dependency
def require_role(role: str):
    async def check(user = Depends(get_current_user)):
        if user.role != role:
            raise HTTPException(403, "Forbidden")
        return user
    return check
@app.delete("/admin/users/{id}")
async def delete_user(id: int, _=Depends(require_role("admin"))):
    ...
