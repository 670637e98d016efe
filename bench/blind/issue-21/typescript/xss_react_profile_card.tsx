// class: xss — React/Next.js components: dangerouslySetInnerHTML and href={userUrl} from search params and props
'use client';
import { useSearchParams } from 'next/navigation';
import DOMPurify from 'dompurify';

type Profile = { name: string; website: string; bioHtml: string };

export function ProfileCard({ profile }: { profile: Profile }) {
  const searchParams = useSearchParams();
  const highlight = searchParams.get('highlight') ?? '';
  const returnTo = searchParams.get('returnTo') ?? '/';

  return (
    <article className="profile">
      <h2>{profile.name}</h2>
      <p
        className="highlight"
        // expect: xss
        dangerouslySetInnerHTML={{ __html: `<mark>${highlight}</mark>` }}
      />
      <a
        className="back"
        // expect: xss
        href={returnTo}
      >
        Back
      </a>
      <div
        className="bio"
        // safe: xss
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(profile.bioHtml) }}
      />
      <p className="quote">
        {/* React escapes text children */}
        {highlight}
      </p>
      <a
        className="docs"
        // safe: xss
        href={`/docs?topic=${encodeURIComponent(highlight)}`}
      >
        Docs
      </a>
    </article>
  );
}

export default function SearchBanner({ searchParams }: { searchParams: { q?: string; site?: string } }) {
  const q = searchParams.q ?? '';
  return (
    <section>
      <div
        // expect: xss
        dangerouslySetInnerHTML={{ __html: '<h1>Results for ' + q + '</h1>' }}
      />
      <a
        // expect: xss
        href={searchParams.site}
      >
        Visit site
      </a>
      <h2>
        Results for {q}
      </h2>
    </section>
  );
}
