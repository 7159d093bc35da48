// Every word a user sees goes through i18next. This rule flags text written straight into JSX and
// string literals in the attributes people read (labels, titles, placeholders, alt text).
const readableAttributes = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
const hasLetter = /\p{L}/u;

export default {
  meta: {
    type: 'problem',
    docs: { description: 'disallow literal user-visible strings in JSX; use t() from i18next' },
    schema: [],
    messages: {
      text: 'Literal UI text "{{text}}": put it in the locale files and render it with t().',
      attribute: 'Literal "{{name}}" attribute "{{text}}": use t() so it is translated.',
    },
  },
  create(context) {
    const report = (node, messageId, text, name) =>
      context.report({ node, messageId, data: { text: text.trim().slice(0, 40), name } });
    return {
      JSXText(node) {
        if (hasLetter.test(node.value)) report(node, 'text', node.value);
      },
      JSXExpressionContainer(node) {
        const { expression } = node;
        if (node.parent?.type === 'JSXAttribute') return;
        if (expression.type === 'Literal' && typeof expression.value === 'string' && hasLetter.test(expression.value)) {
          report(node, 'text', expression.value);
        }
        if (expression.type === 'TemplateLiteral' && expression.quasis.some((q) => hasLetter.test(q.value.cooked ?? ''))) {
          report(node, 'text', expression.quasis.map((q) => q.value.cooked).join('…'));
        }
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!readableAttributes.has(name) || !node.value) return;
        const value = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if (value.type === 'Literal' && typeof value.value === 'string' && hasLetter.test(value.value)) {
          report(node, 'attribute', value.value, name);
        }
      },
    };
  },
};
