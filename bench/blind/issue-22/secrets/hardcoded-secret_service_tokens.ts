// class: hardcoded-secret — JWTs, age and Mapbox keys in TypeScript product code (a billing API client)
import axios from 'axios';

// expect: hardcoded-secret
const SERVICE_JWT = '{{token:eyJhbGciOiJIUzI1|NiIsInR5cC|I6IkpXVCJ9|.eyJz|dWIiOiJ|zdmMt|YmlsbGluZ|yIsImlzcyI6I|mh0dHBz|Oi8vYXV0|aC5hY21lLW|NvcnA|uaW8iL|CJpYXQiOjE|3MzMxMDAwMDAsI|mV4cCI6MTg5MzQ|1NjAwMCw|ic2NvcGUiOiJpb|nZvaWNlczp3c|ml0ZSJ9.|1AIWOXD3A|9a3-N5AG|bhYHq|Ew3EJMD2hLr|a23rwIzm3X}}';

// safe: hardcoded-secret
const JWT_PREFIX = 'eyJ';

export const billing = axios.create({
  baseURL: 'https://billing.acme-corp.io/api',
  // expect: hardcoded-secret
  headers: { Authorization: 'Bearer {{token:eyJhb|GciOiJI|UzI1NiIsInR5cC|I6IkpXV|CJ9.eyJzdWI|iOiJzdm|MtYmlsbGlu|ZyIsImlzcy|I6Imh0dHBzOi8vY|XV0aC5|hY21lLWNvcn|AuaW8iLCJp|YXQiOjE3MzMxM|DAwMDAsImV4cC|I6MTg5MzQ|1NjAwM|Cwic2Nv|cGUiOiJpbnZvaWN|lczp3cml0ZSJ9.|WOl59G|P6kCnDBvRyp23h|-zcMMRhCTJF_X299|PHqi2EE}}' },
});

export function authHeaders(sessionToken: string): Record<string, string> {
  // safe: hardcoded-secret
  return { Authorization: `Bearer ${sessionToken}` };
}

// expect: hardcoded-secret
const CLUSTER_TOKEN = '{{token:eyJhbGci|OiJIUzI|1NiIsInR5cCI|6IkpXVC|J9.eyJpc3MiOiJ|rdWJlcm5l|dGVzL|3NlcnZ|pY2VhY2|NvdW50Iiwi|a3ViZXJuZXRl|cy5pby9zZXJ2aW|NlYWNj|b3VudC|9uYW1lc3|BhY2UiOiJwYXl|tZW50cy|IsInN1YiI6InN5c3|RlbTpzZXJ|2aWNl|YWNjb3VudDpwY|XltZW50czpkZX|Bsb3llciJ|9.k5nUhq|eciCf1ig|UXrDE2-0zo|gzEKH2|97-FeFr|r0YhNO}}';

// safe: hardcoded-secret
const TOKEN_STORAGE_KEY = 'acme.auth.accessToken';

export function looksLikeJwt(value: string): boolean {
  return value.startsWith(JWT_PREFIX) && value.split('.').length === 3;
}

// expect: hardcoded-secret
const MAPBOX_SECRET_TOKEN = '{{token:sk.eyJ1I|joiYWN|tZS1tYXBzIiwiYS|I6ImNseDMx|MWxycTg|xOHVtd2s0dG|MwdGdzYW|IifQ.gS|bjhra|PnqJhhZMOV|NUcq8}}';

// safe: hardcoded-secret
export const MAPBOX_PUBLIC_TOKEN = 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNseDEyMzQ1Njc4OTAifQ.public-style-token';

// expect: hardcoded-secret
const BACKUP_AGE_IDENTITY = '{{token:AGE-SEC|RET-KEY-14XWE20|R4KKZY40572X|0JH0NDJEHRR|Y4ECNT65|PLW2W3U|TNS9EWA0|ARYKL3}}';

// safe: hardcoded-secret
const BACKUP_AGE_RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

export function readToken(): string | null {
  // safe: hardcoded-secret
  return localStorage.getItem(TOKEN_STORAGE_KEY);
}

export const internal = { SERVICE_JWT, CLUSTER_TOKEN, MAPBOX_SECRET_TOKEN, BACKUP_AGE_IDENTITY, BACKUP_AGE_RECIPIENT };
