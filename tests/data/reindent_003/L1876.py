class UsersConfig(AppConfig):
    name = "users"
    def ready(self):
        import users.signals # noqa
