import * as vscode from 'vscode';
import { builtinText } from '../../language/src/builtin/builtin-library.js';

/**
 * The built-in library (States, organisations, designations) as a read-only file system
 * under builtin:/, so that go-to-definition on `State "Kenya"` opens the State's entry.
 */
export class BuiltinFileSystem implements vscode.FileSystemProvider {
    private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    readonly onDidChangeFile = this.emitter.event;

    stat(uri: vscode.Uri): vscode.FileStat {
        const text = builtinText(uri.toString());
        if (text === undefined) throw vscode.FileSystemError.FileNotFound(uri);
        return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: Buffer.byteLength(text), permissions: vscode.FilePermission.Readonly };
    }

    readFile(uri: vscode.Uri): Uint8Array {
        const text = builtinText(uri.toString());
        if (text === undefined) throw vscode.FileSystemError.FileNotFound(uri);
        return Buffer.from(text, 'utf8');
    }

    watch(): vscode.Disposable { return new vscode.Disposable(() => undefined); }
    readDirectory(): [string, vscode.FileType][] { return []; }
    createDirectory(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
    writeFile(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
    delete(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
    rename(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
}
