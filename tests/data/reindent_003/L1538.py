from pydantic import BaseModel, field_validator, ConfigDict
class User(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    name: str
    age: int
    @field_validator("age")
    @classmethod
    def age_positive(cls, v):
        assert v > 0, "age must be positive"
        return v
user = User(name="Alice", age=30)
print(user.model_dump()) # {'name': 'Alice', 'age': 30}
