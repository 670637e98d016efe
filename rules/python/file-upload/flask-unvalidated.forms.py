# Django forms and models fed by request.FILES save to the database (the form's FileField goes
# through the storage backend); only a file's own save(destination) writes the upload.
from django import forms
from django.shortcuts import redirect

from .models import Document


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ['title', 'attachment']


def upload_document(request):
    form = DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        # safe: file-upload
        document = form.save(commit=False)
        document.owner = request.user
        # safe: file-upload
        document.save()
        return redirect('documents')
    # safe: file-upload
    form.save()
    return redirect('documents')


def raw_upload(request):
    upload = request.FILES['attachment']
    # expect: file-upload
    upload.save('/srv/uploads/' + upload.name)
    sheet = request.FILES['sheet']
    # expect: file-upload
    sheet.save(dst='/srv/sheets/latest.xlsx')
    data = request.FILES['data']
    # expect: file-upload
    data.save('/tmp/import.bin', 65536)
    return redirect('documents')
