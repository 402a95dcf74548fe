import { repositoryPath, type CheckResult } from './diagnostics.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request. The
 * runner takes a relative `file` as a path from the top of the repository, so files are named
 * from there, also when the check runs in a folder of it (`working-directory`).
 */
export function formatGithub(result: CheckResult): string {
    return result.findings.map(f => {
        const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
        const props = [
            `file=${property(repositoryPath(f.file, result.repositoryRoot) ?? f.file)}`, `line=${f.range.start.line}`, `col=${f.range.start.column}`,
            `endLine=${f.range.end.line}`, `endColumn=${f.range.end.column}`,
            `title=${property(f.provision ? `${f.code} (${f.provision})` : f.code)}`
        ];
        return `::${command} ${props.join(',')}::${data(f.message)}`;
    }).join('\n');
}

// Escaping as the Actions toolkit does it (toCommandValue / escapeData / escapeProperty).
function data(s: string): string {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function property(s: string): string {
    return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
