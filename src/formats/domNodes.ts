/** The node shapes htmlparser2 gives, shared by the HTML reader and the DOCX numbering reader (XML mode). */
import type { parseDocument } from 'htmlparser2';

export type DomNode = ReturnType<typeof parseDocument>['children'][number];
export interface ElementNode {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

/** An element: htmlparser2 types `<script>` and `<style>` apart from other tags (in XML mode every element is a tag). */
export const isElement = (n: DomNode): n is DomNode & ElementNode => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** The child elements of `el` named one of `names`, in order. */
export function childElements(el: ElementNode, names: readonly string[]): ElementNode[] {
  return el.children.filter((c): c is DomNode & ElementNode => isElement(c) && names.includes(c.name));
}
