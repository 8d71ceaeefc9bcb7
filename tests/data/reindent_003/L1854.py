from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from django.contrib.auth.models import User
@receiver(post_save, sender=User)
def create_user_profile(sender, instance, created, **kwargs):
    if created:
        Profile.objects.create(user=instance)
@receiver(post_save, sender=User)
def send_welcome_email(sender, instance, created, **kwargs):
    if created:
        send_email.delay(to=instance.email, subject="Welcome!")
# Custom signal
from django.dispatch import Signal
payment_successful = Signal()
# Emit the signal
payment_successful.send(sender=Payment, amount=100, user=user)
# Listen
@receiver(payment_successful)
def notify_user(sender, amount, user, **kwargs):
    Notification.objects.create(user=user, message=f"Payment of ${amount} received")
