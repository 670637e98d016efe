# class: sqli/cmdi/path-traversal — aiohttp request.query, await request.post(), request.match_info
import asyncio
import os

import aiosqlite
from aiohttp import web

routes = web.RouteTableDef()
DB = "/srv/app/app.db"


@routes.get("/users")
async def users(request: web.Request) -> web.Response:
    role = request.query.get("role", "member")
    async with aiosqlite.connect(DB) as db:
        # expect: sqli
        async with db.execute(f"SELECT name FROM users WHERE role = '{role}'") as cur:
            rows = await cur.fetchall()
    return web.json_response([r[0] for r in rows])


@routes.get("/users/safe")
async def users_safe(request: web.Request) -> web.Response:
    role = request.query.get("role", "member")
    async with aiosqlite.connect(DB) as db:
        # safe: sqli
        async with db.execute("SELECT name FROM users WHERE role = ?", (role,)) as cur:
            rows = await cur.fetchall()
    return web.json_response([r[0] for r in rows])


@routes.post("/backup")
async def backup(request: web.Request) -> web.Response:
    data = await request.post()
    target = data["target"]
    # expect: cmdi
    proc = await asyncio.create_subprocess_shell(f"rsync -a /srv/data/ {target}")
    await proc.wait()
    return web.Response(text="done")


@routes.get("/files/{name}")
async def files(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    # expect: path-traversal
    return web.FileResponse(os.path.join("/srv/files", name))


@routes.get("/files-safe/{name}")
async def files_safe(request: web.Request) -> web.Response:
    base = os.path.realpath("/srv/files")
    path = os.path.realpath(os.path.join(base, request.match_info["name"]))
    if os.path.commonpath([base, path]) != base:
        raise web.HTTPBadRequest()
    # safe: path-traversal
    return web.FileResponse(path)


app = web.Application()
app.add_routes(routes)
