// Java: XML parser factories get DOCTYPEs and external entities turned off.

import { eol, indentOf, insertAt, statementOf } from '../edits';
import type { Fixer, Propose } from '../model';

/** Lines that turn off DOCTYPEs / external entities, per parser factory (`$` = the variable). */
const XXE_FEATURES: Record<string, string[]> = {
  DocumentBuilderFactory: [
    '$.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);',
    '$.setXIncludeAware(false);',
    '$.setExpandEntityReferences(false);',
  ],
  SAXParserFactory: [
    '$.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);',
    '$.setXIncludeAware(false);',
  ],
  XMLInputFactory: [
    '$.setProperty(XMLInputFactory.SUPPORT_DTD, false);',
    '$.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);',
  ],
  TransformerFactory: [
    '$.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");',
    '$.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");',
  ],
  SAXReader: ['$.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);'],
  SAXBuilder: ['$.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);'],
};

const propose: Propose = (ctx) => {
  const node = ctx.node;
  const factory =
    node.type === 'object_creation_expression'
      ? node.childForFieldName('type')?.text
      : node.childForFieldName('object')?.text;
  const lines = factory ? XXE_FEATURES[factory] : undefined;
  // Only `Factory f = Factory.newInstance();`: the variable is where the features go.
  const declarator = node.parent;
  const name =
    declarator?.type === 'variable_declarator' && declarator.childForFieldName('value')?.id === node.id
      ? declarator.childForFieldName('name')?.text
      : undefined;
  if (!lines || !name) return undefined;
  const stmt = statementOf(ctx, node);
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  const text = lines.map((l) => `${nl}${indent}${l.replace('$', name)}`).join('');
  return {
    title: 'Disable DOCTYPE declarations and external entities',
    edits: [insertAt({ line: stmt.endPosition.row, character: stmt.endPosition.column }, text)],
  };
};

export const xxeFeaturesFixer: Fixer = { name: 'java-xxe-features', safety: 'safe', propose };
