import shutil
import uuid
from pathlib import Path

from django.core.files.storage import FileSystemStorage
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
UPLOAD_DIR = Path('/srv/uploads')
ALLOWED_EXTENSIONS = {'.png', '.jpg', '.pdf'}


@app.post('/upload')
async def upload(file: UploadFile = File(...)):
    destination = UPLOAD_DIR / f"{uuid.uuid4().hex}.bin"
    with destination.open('wb') as buffer:
        # expect: file-upload
        shutil.copyfileobj(file.file, buffer)
    return {'stored': destination.name}


@app.post('/avatar')
async def avatar(image: UploadFile):
    content = await image.read()
    with open(UPLOAD_DIR / f"{uuid.uuid4().hex}.img", 'wb') as out:
        # expect: file-upload
        out.write(content)
    return {'size': len(content)}


@app.post('/document')
async def document(doc: UploadFile = File(...)):
    ext = Path(doc.filename).suffix.lower()
    if ext not in ALLOWED_EXTENSIONS:
        raise HTTPException(status_code=400, detail='type not allowed')
    with open(UPLOAD_DIR / f"{uuid.uuid4().hex}{ext}", 'wb') as out:
        # expect: file-upload
        out.write(await doc.read())
    return {'ok': True}


def django_upload(request):
    myfile = request.FILES['document']
    fs = FileSystemStorage()
    # expect: file-upload
    filename = fs.save(f"{uuid.uuid4().hex}.dat", myfile)
    return filename


def write_report(lines):
    with open('/tmp/report.txt', 'w') as out:
        # safe: file-upload
        out.write('\n'.join(lines))
