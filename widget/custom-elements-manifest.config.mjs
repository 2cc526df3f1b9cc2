/** `cem analyze --config widget/custom-elements-manifest.config.mjs`: documents <smartsend-tracking> from its JSDoc. */
export default {
  // The element, its registration and the entry; the helpers behind them are not public API.
  globs: ['widget/src/smartsend-tracking*.ts'],
  outdir: 'widget',
  litelement: true,
  // The manifest's path is documented in widget/README.md; package.json is not the widget's to edit.
  packagejson: false,
};
