"""Document service: upload, list, download and convert user documents (FastAPI + SQLAlchemy)."""
import logging
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import requests
from fastapi import Depends, FastAPI, File, Form, HTTPException, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./documents.db")
UPLOAD_DIR = Path(os.getenv("UPLOAD_DIR", "/srv/documents"))
UPLOAD_DIR.mkdir(parents=True, exist_ok=True)

engine = create_engine(DATABASE_URL)
SessionLocal = sessionmaker(bind=engine)
logger = logging.getLogger("documents")

app = FastAPI(title="Document Service")
app.add_middleware(
    CORSMiddleware,
    # expect: cors
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.post("/documents")
async def upload_document(owner: str = Form(...), file: UploadFile = File(...), db: Session = Depends(get_db)):
    # expect: path-traversal
    destination = UPLOAD_DIR / file.filename
    with destination.open("wb") as buffer:
        # expect: file-upload
        shutil.copyfileobj(file.file, buffer)
    db.execute(
        # safe: sqli
        text("INSERT INTO documents (owner, filename) VALUES (:owner, :filename)"),
        {"owner": owner, "filename": file.filename},
    )
    db.commit()
    return {"filename": file.filename, "owner": owner}


@app.get("/documents")
def list_documents(owner: str, sort: str = "created_at", db: Session = Depends(get_db)):
    # expect: sqli
    rows = db.execute(text(f"SELECT id, filename FROM documents WHERE owner = '{owner}' ORDER BY {sort}"))
    return [dict(row._mapping) for row in rows]


@app.get("/documents/{doc_id}")
def get_document(doc_id: int, db: Session = Depends(get_db)):
    # safe: sqli
    row = db.execute(text("SELECT filename FROM documents WHERE id = :id"), {"id": doc_id}).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Document not found")
    # safe: path-traversal
    return FileResponse(UPLOAD_DIR / Path(row.filename).name)


@app.get("/download")
def download(name: str):
    file_path = os.path.join(UPLOAD_DIR, name)
    if not os.path.exists(file_path):
        raise HTTPException(status_code=404, detail="File not found")
    # expect: path-traversal
    return FileResponse(file_path)


@app.post("/documents/{doc_id}/convert")
def convert_document(doc_id: int, target_format: str = "pdf", db: Session = Depends(get_db)):
    row = db.execute(text("SELECT filename FROM documents WHERE id = :id"), {"id": doc_id}).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Document not found")
    source = UPLOAD_DIR / row.filename
    try:
        # expect: cmdi
        subprocess.run(f"libreoffice --headless --convert-to {target_format} {source} --outdir {UPLOAD_DIR}", shell=True, check=True)
    except subprocess.CalledProcessError as exc:
        # expect: info-leak
        raise HTTPException(status_code=500, detail=f"Conversion failed: {exc}")
    return {"status": "converted", "format": target_format}


@app.post("/documents/import")
def import_from_url(url: str, db: Session = Depends(get_db)):
    # expect: ssrf
    response = requests.get(url, timeout=10)
    response.raise_for_status()
    name = f"{uuid.uuid4().hex}.bin"
    # safe: path-traversal
    (UPLOAD_DIR / name).write_bytes(response.content)
    return {"filename": name}


@app.get("/health")
def health():
    try:
        with engine.connect() as conn:
            # safe: sqli
            conn.execute(text("SELECT 1"))
        return {"status": "ok"}
    except Exception:
        logger.exception("health check failed")
        # safe: info-leak
        return {"status": "error"}
