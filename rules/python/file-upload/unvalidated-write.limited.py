import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
UPLOAD_DIR = Path('/srv/uploads')
ALLOWED_EXTENSIONS = {'.png', '.jpg', '.pdf'}
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


@app.post('/document')
async def document(doc: UploadFile):
    ext = Path(doc.filename).suffix.lower()
    content = await doc.read(MAX_UPLOAD_BYTES + 1)
    if ext not in ALLOWED_EXTENSIONS or len(content) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=400, detail='file type or size not allowed')
    # safe: file-upload
    (UPLOAD_DIR / f"{uuid.uuid4().hex}{ext}").write_bytes(content)
    return {'ok': True}


def django_upload(request):
    upload = request.FILES['document']
    if upload.size > MAX_UPLOAD_BYTES or not upload.name.endswith('.pdf'):
        raise ValueError('rejected')
    with open(UPLOAD_DIR / f"{uuid.uuid4().hex}.pdf", 'wb') as out:
        for chunk in upload.chunks():
            # safe: file-upload
            out.write(chunk)


@app.post('/notes')
async def notes(text: str):
    # safe: file-upload
    (UPLOAD_DIR / 'notes.txt').write_text(text)
    return {'ok': True}
