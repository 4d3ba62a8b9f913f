// The exit codes every --help ends with (cli.md).
export const EXIT_CODES = `退出码 / Exit codes: 0 完成 done; 1 完成但有警告（逐项列出）done with warnings, each listed;
2 用法或输入有误 usage or input error; 3 内部错误（请报告开发者）internal error (please report it).`;
