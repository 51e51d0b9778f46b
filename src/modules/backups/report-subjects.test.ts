import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBJECT_PATTERNS, readSubject, statusWord } from './report-subjects.js';

describe('backup report subjects', () => {
  it('reads Veeam job notifications with and without the machine count', () => {
    const veeam = DEFAULT_SUBJECT_PATTERNS.veeam;
    expect(readSubject('[Success] Daily backup (3 machines)', veeam)).toEqual({ status: 'success', job: 'Daily backup' });
    expect(readSubject('[Failed] Nightly SQL (1 machine)', veeam)).toEqual({ status: 'failed', job: 'Nightly SQL' });
    expect(readSubject('[Warning] File server', veeam)).toEqual({ status: 'warning', job: 'File server' });
  });

  it('reads Acronis, Datto and Windows Server Backup subjects', () => {
    expect(readSubject('[Acronis Cyber Protect Cloud] Backup succeeded: SRV01', DEFAULT_SUBJECT_PATTERNS.acronis)).toEqual({ status: 'success', job: 'SRV01' });
    expect(readSubject('Backup succeeded with warnings: SRV01', DEFAULT_SUBJECT_PATTERNS.acronis)).toEqual({ status: 'warning', job: 'SRV01' });
    expect(readSubject('Backup failed for FILESERVER on Datto S3-2000', DEFAULT_SUBJECT_PATTERNS.datto)).toEqual({ status: 'failed', job: 'FILESERVER' });
    expect(readSubject('Windows Server Backup succeeded: DC01', DEFAULT_SUBJECT_PATTERNS.windows_server_backup)).toEqual({ status: 'success', job: 'DC01' });
    expect(readSubject('Windows Server Backup on DC01: Failed', DEFAULT_SUBJECT_PATTERNS.windows_server_backup)).toEqual({ status: 'failed', job: 'DC01' });
  });

  it('is no report when the subject does not fit or says no status it knows', () => {
    expect(readSubject('Re: [Success] Daily backup', DEFAULT_SUBJECT_PATTERNS.veeam)).toBeUndefined();
    expect(readSubject('[Urgent] Printer broken', DEFAULT_SUBJECT_PATTERNS.veeam)).toBeUndefined();
    expect(readSubject('Printer broken', DEFAULT_SUBJECT_PATTERNS.acronis)).toBeUndefined();
    expect(readSubject(`[Success] ${'x'.repeat(600)}`, DEFAULT_SUBJECT_PATTERNS.veeam)).toBeUndefined();
  });

  it('takes a job’s own pattern, with its literal text never read as a regular expression', () => {
    expect(readSubject('Job (nightly.*) -> OK', ['Job ({job}) -> {status}'])).toEqual({ status: 'success', job: 'nightly.*' });
    expect(readSubject('Job (nightlyX) => OK', ['Job ({job}) -> {status}'])).toBeUndefined();
  });

  it('maps the products’ words to success, warning and failed', () => {
    expect(['Success', 'succeeded', 'Completed successfully', 'OK'].map(statusWord)).toEqual(['success', 'success', 'success', 'success']);
    expect(['Warning', 'succeeded with warnings', 'completed with warnings'].map(statusWord)).toEqual(['warning', 'warning', 'warning']);
    expect(['Failed', 'Error', 'completed with errors'].map(statusWord)).toEqual(['failed', 'failed', 'failed']);
    expect(statusWord('Urgent')).toBeUndefined();
  });
});
