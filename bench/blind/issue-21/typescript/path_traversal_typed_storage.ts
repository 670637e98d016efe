// class: path-traversal — typed storage service: fs-extra, fs callbacks, multer originalname, helper and field flows, zip slip
import express, { Request, Response } from 'express';
import fse from 'fs-extra';
import fs from 'node:fs';
import path from 'node:path';
import multer from 'multer';
import AdmZip from 'adm-zip';

const ROOT = path.resolve('/data/workspaces');
const router = express.Router();

const storage = multer.diskStorage({
  destination: ROOT,
  filename: (_req, file, cb) => {
    // expect: path-traversal
    cb(null, `${Date.now()}-${file.originalname}`);
  },
});
const upload = multer({ storage, limits: { fileSize: 10 * 1024 * 1024 } });

function workspaceFile(workspace: string, name: string): string {
  return path.join(ROOT, workspace, name);
}

interface MoveRequest {
  from: string;
  to: string;
}

router.post('/move', async (req: Request<{}, {}, MoveRequest>, res: Response) => {
  const job: MoveRequest = { from: req.body.from, to: req.body.to };
  // expect: path-traversal
  await fse.move(path.join(ROOT, job.from), path.join(ROOT, job.to));
  res.sendStatus(204);
});

router.get('/ws/:workspace/:name', (req: Request<{ workspace: string; name: string }>, res: Response) => {
  // expect: path-traversal
  fs.readFile(workspaceFile(req.params.workspace, req.params.name), (err, data) => res.send(data));
});

router.delete('/ws/:workspace', async (req: Request<{ workspace: string }>, res: Response) => {
  // expect: path-traversal
  await fse.remove(path.join(ROOT, req.params.workspace));
  res.sendStatus(204);
});

router.post('/import', upload.single('archive'), (req: Request, res: Response) => {
  const zip = new AdmZip(req.file!.path);
  for (const entry of zip.getEntries()) {
    // expect: path-traversal
    fse.outputFileSync(path.join(ROOT, 'imports', entry.entryName), entry.getData());
  }
  res.sendStatus(201);
});

router.get('/ws-safe/:name', (req: Request<{ name: string }>, res: Response) => {
  const target = path.resolve(ROOT, req.params.name);
  if (!target.startsWith(ROOT + path.sep)) {
    res.sendStatus(403);
    return;
  }
  // safe: path-traversal
  fs.createReadStream(target).pipe(res);
});

export default router;
