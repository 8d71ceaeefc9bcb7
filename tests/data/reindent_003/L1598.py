from contextlib import asynccontextmanager
from fastapi import FastAPI, Request
@asynccontextmanager
async def lifespan(app: FastAPI):
    # ─── STARTUP: runs before the first request ───
    app.state.db = await create_db_pool()
    app.state.redis = await create_redis_pool()
    print("Application started")
    yield # ← application serves requests here
    # ─── SHUTDOWN: runs after the last request ───
    await app.state.db.close()
    await app.state.redis.close()
    print("Application stopped")
app = FastAPI(lifespan=lifespan)
# Access app-level state in a route via Request or Depends
@app.get("/users")
async def list_users(request: Request):
    pool = request.app.state.db
    rows = await pool.fetch("SELECT * FROM users")
    return rows
# Legacy (deprecated but still works):
