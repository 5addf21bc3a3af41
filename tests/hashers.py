from django.contrib.auth.hashers import Argon2PasswordHasher


class CheapArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2id still, with the smallest cost, so tests that make many people stay quick."""

    time_cost = 1
    memory_cost = 1024
    parallelism = 1
