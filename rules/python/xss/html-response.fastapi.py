from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get('/hello')
def hello(name: str):
    # safe: xss
    return f"Hello {name}"


@app.get('/page', response_class=HTMLResponse)
def page(title: str):
    # expect: xss
    return f"<html><body><h1>{title}</h1></body></html>"


@app.get('/card')
def card(user: str):
    # expect: xss
    return HTMLResponse(content=f"<div class='card'>{user}</div>")


@app.get('/status')
def status(service: str):
    # safe: xss
    return {'message': f"<b>{service}</b> is up"}


@app.get('/banner')
def banner(text: str):
    # expect: xss
    return HTMLResponse('<marquee>' + text + '</marquee><p>welcome</p>')


@app.get('/static')
def static_page():
    # safe: xss
    return HTMLResponse('<h1>Welcome</h1>')
