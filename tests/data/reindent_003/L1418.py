from fastapi import FastAPI, HTTPException, status
from pydantic import BaseModel, EmailStr, validator
from typing import Optional, List
app = FastAPI(title="My API", version="1.0.0")
# Pydantic model for request body validation
class UserCreate(BaseModel):
    username: str
    email: EmailStr
    age: int
    tags: List[str] = []
    @validator("age")
    def age_must_be_positive(cls, v):
        if v < 0:
            raise ValueError("age must be positive")
        return v
# Pydantic model for response
class UserResponse(BaseModel):
    id: int
    username: str
    email: str
    class Config:
        orm_mode = True # allows reading from ORM objects (SQLAlchemy rows)
@app.get("/users/{user_id}", response_model=UserResponse)
async def get_user(user_id: int):
    user = await db.get_user(user_id)
    if not user:
        raise HTTPException(status_code=404, detail="User not found")
    return user
@app.post("/users", response_model=UserResponse, status_code=status.HTTP_201_CREATED)
async def create_user(user: UserCreate):
    db_user = await db.create_user(**user.dict())
    return db_user
