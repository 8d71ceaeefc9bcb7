import pytest
# Simple test
def test_add():
    assert 1 + 1 == 2
# Fixtures
@pytest.fixture
def db_session():
    engine = create_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    session = Session(engine)
    yield session
    session.close()
def test_create_user(db_session):
    user = User(name="Test")
    db_session.add(user)
    db_session.commit()
    assert db_session.query(User).count() == 1
# Parametrize
@pytest.mark.parametrize("a, b, expected", [
    (1, 2, 3),
    (0, 0, 0),
    (-1, 1, 0),
])
def test_add_parametrized(a, b, expected):
    assert a + b == expected
# Mocking
from unittest.mock import patch, MagicMock
def get_weather(city):
    return requests.get(f"https://api.weather.com/{city}").json()
def test_get_weather():
    mock_response = MagicMock()
    mock_response.json.return_value = {"temp": 22}
    with patch("requests.get", return_value=mock_response) as mock_get:
        result = get_weather("London")
        mock_get.assert_called_once_with("https://api.weather.com/London")
        assert result == {"temp": 22}
# Testing Flask
import pytest
from app import create_app
@pytest.fixture
def client():
    app = create_app("testing")
    with app.test_client() as client:
        with app.app_context():
            db.create_all()
            yield client
            db.drop_all()
def test_create_user(client):
    resp = client.post("/users", json={"username": "alice", "email": "alice@test.com"})
    assert resp.status_code == 201
    assert resp.json["username"] == "alice"
# Testing FastAPI
from fastapi.testclient import TestClient
from main import app
client = TestClient(app)
def test_get_user():
    response = client.get("/users/1")
    assert response.status_code == 200
    assert "username" in response.json()
# Async tests
import pytest
import httpx
from httpx import AsyncClient
@pytest.mark.asyncio
async def test_async_endpoint():
    async with AsyncClient(app=app, base_url="http://test") as ac:
        response = await ac.get("/users/1")
        assert response.status_code == 200
import pytest
# ——— monkeypatch — temporarily modify objects, env vars, paths ———
def test_uses_env(monkeypatch):
    monkeypatch.setenv("API_KEY", "test-key-123")
    monkeypatch.delenv("SECRET", raising=False) # no error if not set
    monkeypatch.setattr("myapp.services.requests.get", lambda *a, **k: FakResp())
    # All changes are automatically undone after the test exits
# ——— Fixture scopes ———
@pytest.fixture(scope="session") # created once for the whole test run
def db_engine():
    engine = create_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)
@pytest.fixture(scope="function") # default — fresh for each test
def db_session(db_engine):
    conn = db_engine.connect()
    txn = conn.begin()
    sess = Session(bind=conn)
    yield sess
    sess.close()
    txn.rollback() # undo every test's changes
# ——— Assertions ———
def test_raises():
    with pytest.raises(ZeroDivisionError, match="division by zero"):
        1 / 0
def test_float(): # floating point
    assert 0.1 + 0.2 == pytest.approx(0.3)
def test_approx_dict():
    assert {"a": 0.1 + 0.2} == pytest.approx({"a": 0.3})
# ——— Parametrize ———
@pytest.mark.parametrize("n, expected", [(0, 0), (1, 1), (5, 120)])
def test_factorial(n, expected):
    assert factorial(n) == expected
# ——— Built-in fixtures ———
def test_file(tmp_path): # tmp_path — per-test temp dir (pathlib.Path)
    f = tmp_path / "out.txt"
    f.write_text("hello")
    assert f.read_text() == "hello"
def test_output(capsys): # capsys — capture stdout/stderr
    print("hello")
    out, err = capsys.readouterr()
    assert out == "hello\n"
def test_log(caplog): # caplog — capture log records
    import logging
    with caplog.at_level(logging.WARNING):
        logging.warning("watch out")
    assert "watch out" in caplog.text
# ——— Async tests ——— (pip install pytest-asyncio)
import pytest
@pytest.mark.asyncio
async def test_async_endpoint():
    result = await some_coroutine()
    assert result == expected
# conftest.py — place shared fixtures here; auto-discovered by pytest
# Can go at any directory level; hierarchically scoped
