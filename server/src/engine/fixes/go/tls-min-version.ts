// Go TLS configuration: a version below TLS 1.2 raised to it, and a server's hand-written
// tls.Config given MinVersion: tls.VersionTLS12. Cipher suites and peer checks need a person.

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

const MIN = 'tls.VersionTLS12';

/** The `&tls.Config{…}` literal written inline as the value, if any. */
function inlineConfig(value: Node | null | undefined): Node | undefined {
  let node = value;
  if (node?.type === 'literal_element') node = node.namedChild(0);
  if (node?.type === 'unary_expression') node = node.childForFieldName('operand');
  return node?.type === 'composite_literal' && node.childForFieldName('type')?.text === 'tls.Config' ? node : undefined;
}

const propose: Propose = (ctx) => {
  const node = ctx.node;
  const field = ctx.captures.get('field')?.[0]?.text;
  const value = ctx.captures.get('value')?.[0];
  if (field === 'MinVersion' && value) {
    return { title: 'Require TLS 1.2 or later', edits: [replace(value, MIN)] };
  }
  if (field === 'MaxVersion' && value) {
    return { title: 'Allow TLS 1.3', edits: [replace(value, 'tls.VersionTLS13')] };
  }
  // http.Server{TLSConfig: &tls.Config{…}} written inline: add the field to that literal.
  const config = field === 'TLSConfig' ? inlineConfig(node.namedChild(1)) : undefined;
  const body = config?.childForFieldName('body');
  if (!body) return undefined;
  const inner = body.text.slice(1, -1).trim().replace(/,$/, '');
  if (body.startPosition.row !== body.endPosition.row) return undefined;
  return {
    title: 'Require TLS 1.2 or later',
    edits: [replace(body, `{${inner}${inner ? ', ' : ''}MinVersion: ${MIN}}`)],
  };
};

export const tlsMinVersionFixer: Fixer = { name: 'go-tls-min-version', safety: 'safe', propose };
