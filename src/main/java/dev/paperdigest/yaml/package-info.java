/**
 * YAML with positions: Jackson's YAML parser behind our own small tree ({@link dev.paperdigest.yaml.YamlNode}),
 * in which every key and value knows its file line and column, so front matter and config problems
 * can name {@code path:line:col}. Only this package imports Jackson's YAML module.
 */
package dev.paperdigest.yaml;
