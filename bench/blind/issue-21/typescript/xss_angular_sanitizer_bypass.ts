// class: xss — Angular components calling DomSanitizer.bypassSecurityTrust* on route and query data
import { Component, OnInit, SecurityContext } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeScript, SafeStyle, SafeUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-embed',
  template: `
    <div [innerHTML]="message"></div>
    <iframe [src]="frameUrl"></iframe>
    <a [href]="link">Open</a>
    <div [innerHTML]="cleanMessage"></div>
  `,
})
export class EmbedComponent implements OnInit {
  message: SafeHtml = '';
  frameUrl: SafeResourceUrl = '';
  link: SafeUrl = '';
  script: SafeScript = '';
  style: SafeStyle = '';
  cleanMessage: string | null = '';

  constructor(private readonly route: ActivatedRoute, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    // expect: xss
    this.message = this.sanitizer.bypassSecurityTrustHtml(params.get('message') ?? '');
    // expect: xss
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(params.get('embed') ?? '');
    // expect: xss
    this.link = this.sanitizer.bypassSecurityTrustUrl(this.route.snapshot.paramMap.get('target') ?? '');
    // expect: xss
    this.script = this.sanitizer.bypassSecurityTrustScript(params.get('onload') ?? '');
    // expect: xss
    this.style = this.sanitizer.bypassSecurityTrustStyle(params.get('style') ?? '');

    const logo = '<img src="/assets/logo.svg" alt="logo">';
    this.route.data.subscribe(() => undefined);
    // safe: xss
    this.cleanMessage = this.sanitizer.sanitize(SecurityContext.HTML, params.get('message'));
    // safe: xss
    this.message = this.sanitizer.bypassSecurityTrustHtml(logo);
  }
}
