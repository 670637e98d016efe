// "Write a React comments widget that loads comments from our API, shows the author's bio as rich
//  text, supports a ?highlight= query parameter and remembers the user's sort order in a cookie."
import React, { useEffect, useRef, useState } from 'react';
import DOMPurify from 'dompurify';

type Comment = { id: string; author: string; bioHtml: string; body: string; createdAt: string };

function saveSortPreference(order: string) {
  // expect: insecure-cookie
  document.cookie = `comment_sort=${order}; path=/`;
}

function readSortPreference(): string {
  // safe: insecure-cookie
  const match = document.cookie.match(/comment_sort=(\w+)/);
  return match ? match[1] : 'newest';
}

export function CommentsWidget({ postId }: { postId: string }) {
  const [comments, setComments] = useState<Comment[]>([]);
  const [sort, setSort] = useState(readSortPreference());
  const bannerRef = useRef<HTMLDivElement>(null);
  const highlight = new URLSearchParams(window.location.search).get('highlight') ?? '';

  useEffect(() => {
    fetch(`/api/posts/${encodeURIComponent(postId)}/comments?sort=${sort}`)
      .then((r) => r.json())
      .then(setComments)
      .catch(() => setComments([]));
  }, [postId, sort]);

  useEffect(() => {
    if (bannerRef.current && highlight) {
      // expect: xss
      bannerRef.current.innerHTML = `Showing comments matching <mark>${highlight}</mark>`;
    }
  }, [highlight]);

  const onSort = (order: string) => {
    setSort(order);
    saveSortPreference(order);
  };

  return (
    <div className="comments">
      <div ref={bannerRef} className="banner" />
      <button onClick={() => onSort('newest')}>Newest</button>
      <button onClick={() => onSort('oldest')}>Oldest</button>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            <strong>{c.author}</strong>
            <Bio html={c.bioHtml} />
            <CommentBody text={c.body} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Bio({ html }: { html: string }) {
  // safe: xss
  const clean = { __html: DOMPurify.sanitize(html) };
  return <div className="bio" dangerouslySetInnerHTML={clean} />;
}

function CommentBody({ text }: { text: string }) {
  const withLinks = text.replace(/(https?:\/\/\S+)/g, '<a href="$1">$1</a>');
  // expect: xss
  const markup = { __html: withLinks };
  return <p dangerouslySetInnerHTML={markup} />;
}
