from fastapi import Depends, FastAPI, Header
from sqlalchemy.orm import Session
from .database import SessionLocal
app = FastAPI()
# Database dependency
def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
# Auth dependency
async def get_current_user(authorization: str = Header(...), db: Session = Depends(get_db)):
    token = authorization.replace("Bearer ", "")
    payload = verify_jwt(token)
    if not payload:
        raise HTTPException(status_code=401, detail="Invalid token")
    user = db.query(User).filter(User.id == payload["sub"]).first()
    if not user:
        raise HTTPException(status_code=401, detail="User not found")
    return user
# Route uses both dependencies
@app.get("/me")
async def read_me(current_user: User = Depends(get_current_user)):
    return current_user
# Dependency classes (stateful / configurable dependencies)
class Paginator:
    def __init__(self, max_limit: int = 100):
        self.max_limit = max_limit
    def __call__(self, skip: int = 0, limit: int = 10):
        if limit > self.max_limit:
            raise HTTPException(400, f"limit > {self.max_limit}")
        return {"skip": skip, "limit": limit}
pagination = Paginator(max_limit=50)
@app.get("/items")
async def list_items(page: dict = Depends(pagination)):
    ...
from fastapi import BackgroundTasks
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.base import BaseHTTPMiddleware
import time
# CORS middleware
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://example.com"],
    allow_methods=["*"],
    allow_headers=["*"],
)
# Custom middleware
class RequestTimingMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        duration = time.perf_counter() - start
        response.headers["X-Process-Time"] = str(duration)
        return response
app.add_middleware(RequestTimingMiddleware)
# Background tasks — run after response is sent
def send_welcome_email(email: str):
    # This runs after the response is returned to the client
    mailer.send(to=email, subject="Welcome!")
@app.post("/register")
async def register(user: UserCreate, background_tasks: BackgroundTasks):
    new_user = await create_user(user)
    background_tasks.add_task(send_welcome_email, new_user.email)
    return new_user # returned immediately; email sent asynchronously
from sqlalchemy.ext.asyncio import create_async_engine, AsyncSession
from sqlalchemy.orm import sessionmaker
DATABASE_URL = "postgresql+asyncpg://user:pass@localhost/mydb"
engine = create_async_engine(DATABASE_URL, echo=True)
AsyncSessionLocal = sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
async def get_db():
    async with AsyncSessionLocal() as session:
        yield session
@app.get("/users")
async def list_users(db: AsyncSession = Depends(get_db)):
    result = await db.execute(select(User))
    return result.scalars().all()
