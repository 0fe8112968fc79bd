import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const chaincodeDir = path.join(root, 'chain/chaincode');
export const DEFAULT_OUT_DIR = path.join(root, 'build/chaincode');

export interface BuiltChaincode {
	outDir: string;
	/** The module fabric-chaincode-node loads (package.json "main"). */
	main: string;
	files: string[];
}

/**
 * Compiles the contract and the core ledger rules it imports with tsc (esbuild cannot emit the
 * decorator metadata fabric-contract-api reads), as CommonJS, into `outDir/lib`, and writes the
 * folder's own package.json and the Dockerfile for chaincode as a service. The folder is
 * self-contained: `npm install` there and `npm start` (ordinary Node chaincode) or
 * `npm run start:server` (chaincode as a service) run it; no workspace links are needed.
 */
export async function buildChaincode(options: { outDir?: string } = {}): Promise<BuiltChaincode> {
	const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
	await rm(outDir, { recursive: true, force: true });
	const files = compile(path.join(outDir, 'lib'));
	const template = JSON.parse(
		await readFile(path.join(chaincodeDir, 'package.template.json'), 'utf8')
	) as Record<string, unknown>;
	const app = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
		version: string;
	};
	await mkdir(outDir, { recursive: true });
	const manifest = { ...template, version: app.version };
	await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	await copyFile(
		path.join(root, 'chain/network/chaincode.Dockerfile'),
		path.join(outDir, 'Dockerfile')
	);
	return { outDir, main: path.join(outDir, 'lib/chaincode/index.js'), files };
}

/** Runs tsc on chain/chaincode/tsconfig.json with another outDir; throws with its diagnostics. */
function compile(libDir: string): string[] {
	const configPath = path.join(chaincodeDir, 'tsconfig.json');
	const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
	if (read.error) throw new Error(format([read.error]));
	const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, chaincodeDir, {
		outDir: libDir,
		noEmit: false
	});
	if (parsed.errors.length > 0) throw new Error(format(parsed.errors));
	const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
	const written: string[] = [];
	const result = program.emit(undefined, (fileName, text) => {
		ts.sys.writeFile(fileName, text);
		written.push(fileName);
	});
	const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
	if (diagnostics.length > 0) throw new Error(format(diagnostics));
	return written;
}

function format(diagnostics: readonly ts.Diagnostic[]): string {
	return ts.formatDiagnostics(diagnostics, {
		getCanonicalFileName: (f) => f,
		getCurrentDirectory: () => root,
		getNewLine: () => '\n'
	});
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
	const flag = process.argv.indexOf('--out');
	const outDir = flag >= 0 ? process.argv[flag + 1] : undefined;
	const built = await buildChaincode({ outDir });
	console.log(`Chaincode built in ${path.relative(process.cwd(), built.outDir) || '.'}`);
	console.log('  npm install && npm run start:server   (chaincode as a service)');
	console.log('  or package it as Node chaincode: peer lifecycle chaincode package --lang node');
}
