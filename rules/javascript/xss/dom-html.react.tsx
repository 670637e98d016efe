import React from 'react';
import DOMPurify from 'dompurify';

type Props = { bio: string; title: string; html: string };

export function Profile({ bio, title, html }: Props) {
  // safe: xss
  const heading = <h1>{title}</h1>;
  // expect: xss
  const about = <div dangerouslySetInnerHTML={{ __html: bio }} />;
  // safe: xss
  const cleaned = <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
  // safe: xss
  const rule = <div dangerouslySetInnerHTML={{ __html: '<hr/>' }} />;
  return <section>{heading}{about}{cleaned}{rule}</section>;
}

export function SearchBanner() {
  const q = new URLSearchParams(window.location.search).get('q') ?? '';
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // expect: xss
    if (ref.current) ref.current.innerHTML = `You searched for <b>${q}</b>`;
  }, [q]);
  // expect: xss
  return <div ref={ref} dangerouslySetInnerHTML={{ __html: 'Results: ' + q }} />;
}
