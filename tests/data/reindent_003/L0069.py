def log(level, *args, **kwargs):
    print(f"[{level}]", *args)
    print("Extra context:", kwargs)
log("INFO", "Server started", port=8080, host="0.0.0.0")
# [INFO] Server started
# Extra context: {'port': 8080, 'host': '0.0.0.0'}
