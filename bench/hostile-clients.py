#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Strangers on the network, for bench/engine-hostile.sh: FLOODS clients each sending a
# BODY_MIB MiB body without a token (half declared with Content-Length, half chunked), again
# as soon as the engine closes on them, and SLOW connections that send a request's headers a
# line at a time and never finish them, reopened when the engine closes them. Runs SECONDS;
# prints "ready" once every slow connection is open, and at the end one line of JSON counts.
# Usage: hostile-clients.py PORT APP SECONDS FLOODS SLOW BODY_MIB
import asyncio
import json
import sys
import time

PORT, APP, SECONDS, FLOODS, SLOW, BODY_MIB = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
counts = {"flood_requests": 0, "flood_bytes_sent": 0, "flood_answers": {}, "slow_opened": 0, "slow_closed_by_engine": 0,
          "connect_errors": 0}
deadline = time.monotonic() + SECONDS
BLOCK = b"x" * 65536


async def connect(backoff):
    """A connection to the engine, or None after a failed try (counted, then `backoff` s)."""
    try:
        return await asyncio.open_connection("127.0.0.1", PORT)
    except OSError:
        counts["connect_errors"] += 1
        await asyncio.sleep(backoff)
        return None


async def flood(chunked):
    total = BODY_MIB * 1024 * 1024
    while time.monotonic() < deadline:
        connection = await connect(0.05)
        if not connection:
            continue
        reader, writer = connection
        head = f"POST /api/v1/app/{APP}/msg HTTP/1.1\r\nHost: engine\r\nContent-Type: application/json\r\n"
        head += "Transfer-Encoding: chunked\r\n\r\n" if chunked else f"Content-Length: {total}\r\n\r\n"
        counts["flood_requests"] += 1
        answer = asyncio.ensure_future(reader.read(256))
        try:
            writer.write(head.encode())
            sent = 0
            while sent < total and time.monotonic() < deadline and not answer.done():
                writer.write(f"{len(BLOCK):x}\r\n".encode() + BLOCK + b"\r\n" if chunked else BLOCK)
                await writer.drain()
                sent += len(BLOCK)
                counts["flood_bytes_sent"] += len(BLOCK)
        except (ConnectionError, OSError):
            pass
        try:
            data = await asyncio.wait_for(answer, 2)
            status = data[9:12].decode(errors="replace") if data.startswith(b"HTTP/1.1 ") else "closed"
        except (asyncio.TimeoutError, ConnectionError, OSError):
            status = "none"
        counts["flood_answers"][status] = counts["flood_answers"].get(status, 0) + 1
        writer.close()


async def slow(ready):
    first = True
    while time.monotonic() < deadline:
        connection = await connect(0.5)
        if not connection:
            continue
        reader, writer = connection
        counts["slow_opened"] += 1
        if first:
            ready()
            first = False
        try:
            writer.write(b"GET /api/v1/health HTTP/1.1\r\nHost: engine\r\n")
            await writer.drain()
            line = 0
            while time.monotonic() < deadline:
                try:
                    data = await asyncio.wait_for(reader.read(256), 2)
                    counts["slow_closed_by_engine"] += 1 # an answer (408) or the close
                    break
                except asyncio.TimeoutError:
                    writer.write(f"X-Slow-{line}: a\r\n".encode())
                    line += 1
                    await writer.drain()
        except (ConnectionError, OSError):
            counts["slow_closed_by_engine"] += 1
        writer.close()


async def main():
    opened = 0
    all_open = asyncio.Event()

    def one_ready():
        nonlocal opened
        opened += 1
        if opened == SLOW:
            all_open.set()

    tasks = [asyncio.ensure_future(slow(one_ready)) for _ in range(SLOW)]
    try:
        await asyncio.wait_for(all_open.wait(), 60)
    except asyncio.TimeoutError:
        print(f"only {opened} of {SLOW} slow connections opened", flush=True)
        sys.exit(1)
    tasks += [asyncio.ensure_future(flood(i % 2 == 1)) for i in range(FLOODS)]
    print("ready", flush=True)
    await asyncio.gather(*tasks, return_exceptions=True)
    print(json.dumps(counts), flush=True)


asyncio.run(main())
