from fastapi import WebSocket, WebSocketDisconnect
from typing import List
class ConnectionManager:
    def __init__(self):
        self.active: List[WebSocket] = []
    async def connect(self, ws: WebSocket):
        await ws.accept()
        self.active.append(ws)
    def disconnect(self, ws: WebSocket):
        self.active.remove(ws)
    async def broadcast(self, message: str):
        for connection in self.active:
            await connection.send_text(message)
manager = ConnectionManager()
@app.websocket("/ws/{client_id}")
async def websocket_endpoint(ws: WebSocket, client_id: int):
    await manager.connect(ws)
    try:
        while True:
            data = await ws.receive_text() # blocks until a message arrives
            await manager.broadcast(f"Client {client_id}: {data}")
    except WebSocketDisconnect:
        manager.disconnect(ws)
        await manager.broadcast(f"Client {client_id} left")
# Available methods:
# ws.send_text(str) / ws.receive_text()
# ws.send_json(dict) / ws.receive_json()
# ws.send_bytes(bytes) / ws.receive_bytes()
# ws.close(code=1000, reason="bye") # explicit close
# Query params and headers work on WS routes too:
@app.websocket("/ws")
async def ws_with_token(ws: WebSocket, token: str = Query(...)):
    user = verify_token(token)
    if not user:
        await ws.close(code=1008) # policy violation
        return
    await ws.accept()
    ...
