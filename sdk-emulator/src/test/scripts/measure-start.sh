#!/usr/bin/env bash
# How long the standalone emulator takes from `java -jar` to its first answer. One small Python poller (not a curl
# per try: spawning processes in a tight loop steals the CPU the JVM needs to start) connects every 2 ms until
# GET /_emulator/health answers 200, then sends one RFS API request (unsigned: the gateway's 401 comes through the
# whole RFS front end), prints both times, and stops the server with SIGTERM. Run after `mvn package`:
#
#   sdk-emulator/src/test/scripts/measure-start.sh [runs] [extra server arguments...]
set -euo pipefail
JAR=${JAR:-$(dirname "$0")/../../../target/stacksets-emulator.jar}
RUNS=${1:-5}
shift || true
python3 - "$JAR" "$RUNS" "$@" <<'PY'
import signal, socket, subprocess, sys, time

jar, runs, extra = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def ask(port, path):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    reply = s.recv(64)
    s.close()
    return reply

for run in range(1, runs + 1):
    probe = socket.socket(); probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]; probe.close()
    t0 = time.monotonic()
    server = subprocess.Popen(["java", "-jar", jar, "--port", str(port)] + extra,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            if ask(port, b"/_emulator/health").startswith(b"HTTP/1.1 200"):
                break
        except OSError:
            time.sleep(0.002)
    t1 = time.monotonic()
    api = ask(port, b"/v1/stack-sets").split(b"\r\n")[0].decode()
    t2 = time.monotonic()
    server.send_signal(signal.SIGTERM)
    server.wait()
    print(f"run {run}: health 200 after {int((t1 - t0) * 1000)} ms; RFS API reply ({api}) after "
          f"{int((t2 - t0) * 1000)} ms; exit status {server.returncode}")
PY
