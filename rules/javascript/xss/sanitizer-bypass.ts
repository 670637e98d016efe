import { Component, Input } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SecurityContext } from '@angular/platform-browser';

@Component({ selector: 'app-comment', template: '<div [innerHTML]="body"></div><iframe [src]="embed"></iframe>' })
export class CommentComponent {
  @Input() comment!: { html: string; videoUrl: string };
  body!: SafeHtml;
  embed!: SafeResourceUrl;
  safeBody: string | null = null;

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  ngOnInit(): void {
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(this.comment.html);
    // expect: xss
    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(this.comment.videoUrl);
    // safe: xss
    this.safeBody = this.sanitizer.sanitize(SecurityContext.HTML, this.comment.html);
    // safe: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml('<b>Pinned</b>');
  }
}

export function showFromHash(): void {
  const target = document.getElementById('preview')!;
  const next = new URLSearchParams(location.search).get('next') ?? '';
  // expect: xss
  target.setAttribute('href', next);
  // expect: xss
  window.location.href = location.hash.slice(1);
  // safe: xss
  target.setAttribute('title', next);
  // safe: xss
  window.location.href = '/home';
}
