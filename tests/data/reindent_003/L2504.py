# Dependency Inversion — inject via constructor (easiest Python pattern)
from abc import ABC, abstractmethod
class NotificationSender(ABC):
    @abstractmethod
    def send(self, recipient: str, message: str) -> None: ...
class EmailSender(NotificationSender):
    def send(self, r, m): smtp_send(r, m)
class SMSSender(NotificationSender):
    def send(self, r, m): twilio_send(r, m)
class OrderService:
    def __init__(self, notifier: NotificationSender): # depends on abstraction
        self.notifier = notifier
    def place_order(self, order):
        order.save()
        self.notifier.send(order.user.email, "Order placed!")
# Testing becomes trivial:
class FakeNotifier(NotificationSender):
    def __init__(self): self.sent = []
    def send(self, r, m): self.sent.append((r, m))
service = OrderService(FakeNotifier())
