class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner # public
        self._balance = balance # protected (convention)
        self.__pin = "1234" # private (name-mangled to _BankAccount__pin)
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount > 0:
            self._balance += amount
