from typing import Optional, List, Dict, Union, Tuple
def get_user(user_id: int) -> Optional[Dict[str, str]]:
    ...
def process(items: List[int]) -> Tuple[int, int]:
    return min(items), max(items)
# Python 3.10+ shorthand
def log(msg: str | None = None) -> None:
    ...
