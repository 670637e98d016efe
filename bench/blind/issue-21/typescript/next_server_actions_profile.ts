// class: sqli, cmdi, path-traversal — Next.js server actions reading FormData: profile update, export, avatar
'use server';
import { writeFile } from 'fs/promises';
import path from 'path';
import { execSync } from 'child_process';
import { PrismaClient } from '@prisma/client';
import { revalidatePath } from 'next/cache';

const prisma = new PrismaClient();

export async function updateBio(formData: FormData) {
  const userId = formData.get('userId') as string;
  const bio = formData.get('bio') as string;
  // expect: sqli
  await prisma.$executeRawUnsafe(`UPDATE profiles SET bio = '${bio}' WHERE user_id = ${userId}`);
  revalidatePath('/profile');
}

export async function updateBioSafe(formData: FormData) {
  const userId = Number(formData.get('userId'));
  const bio = String(formData.get('bio'));
  // safe: sqli
  await prisma.$executeRaw`UPDATE profiles SET bio = ${bio} WHERE user_id = ${userId}`;
  revalidatePath('/profile');
}

export async function exportProfile(formData: FormData) {
  const format = formData.get('format');
  // expect: cmdi
  return execSync('pandoc profile.md -o /tmp/profile.' + format).toString();
}

export async function saveAvatar(formData: FormData) {
  const file = formData.get('avatar') as File;
  const bytes = Buffer.from(await file.arrayBuffer());
  // expect: path-traversal
  await writeFile(path.join(process.cwd(), 'public', 'avatars', file.name), bytes);
}

export async function saveAvatarSafe(formData: FormData) {
  const file = formData.get('avatar') as File;
  const bytes = Buffer.from(await file.arrayBuffer());
  const name = `${crypto.randomUUID()}.png`;
  // safe: path-traversal
  await writeFile(path.join(process.cwd(), 'public', 'avatars', name), bytes);
}
