# construct: await passes on what the awaited coroutine returns
import os

from flask import request


async def read_command():
    return request.args.get("cmd")


async def fixed_command():
    return "uptime"


async def awaited():
    cmd = await read_command()
    # expect: cmdi
    os.system(cmd)


async def awaited_constant():
    cmd = await fixed_command()
    # safe: cmdi
    os.system(cmd)
