import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { APP_FILES, TSCONFIG } from './appSources.ts'

const run = promisify(execFile)

/** The versions of one fresh app: the kit's peers, and the app's own toolchain. */
export interface AppVersions {
  readonly dependencies: Readonly<Record<string, string>>
  readonly devDependencies: Readonly<Record<string, string>>
}

/** The oldest versions the peer ranges allow. */
export const LOWEST: AppVersions = {
  dependencies: {
    react: '18.3.1',
    'react-dom': '18.3.1',
    '@tanstack/react-query': '5.102.0',
    zustand: '4.5.0',
    'react-dropzone': '19.0.0',
  },
  devDependencies: { '@types/react': '~18.3.0', '@types/react-dom': '~18.3.0' },
}

/** The newest published versions, whatever they are on the day the test runs. */
export const NEWEST: AppVersions = {
  dependencies: {
    react: 'latest',
    'react-dom': 'latest',
    '@tanstack/react-query': 'latest',
    zustand: 'latest',
    'react-dropzone': 'latest',
  },
  devDependencies: { '@types/react': 'latest', '@types/react-dom': 'latest' },
}

/** The app's build tools: the ones the kit itself is built with. */
const TOOLCHAIN = { vite: '8.3.8', '@vitejs/plugin-react': '6.3.0', typescript: '5.9.3' }

/** Runs a command; on failure, the error carries its output. */
export async function sh(command: string, args: readonly string[], cwd: string) {
  try {
    return await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '1' } })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`)
  }
}

/** `latest` becomes `^<newest version>`, as `npm install <name>` writes it; other versions stay. */
async function resolveLatest(versions: Readonly<Record<string, string>>, cwd: string) {
  const resolved: Record<string, string> = {}
  for (const [name, version] of Object.entries(versions)) {
    resolved[name] =
      version === 'latest' ? `^${(await sh('npm', ['view', name, 'version'], cwd)).stdout.trim()}` : version
  }
  return resolved
}

/** Writes a fresh Vite React app that depends on the packed tarball, at the given peer versions. */
export async function writeFreshApp(app: string, tarball: string, versions: AppVersions): Promise<void> {
  await mkdir(join(app, 'src'), { recursive: true })
  const manifest = {
    name: 'fresh-app',
    private: true,
    type: 'module',
    dependencies: {
      'atthene-chat-kit': `file:${tarball}`,
      ...(await resolveLatest(versions.dependencies, app)),
    },
    devDependencies: { ...TOOLCHAIN, ...(await resolveLatest(versions.devDependencies, app)) },
  }
  await writeFile(join(app, 'package.json'), JSON.stringify(manifest, null, 2))
  await writeFile(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2))
  for (const [file, text] of Object.entries(APP_FILES)) await writeFile(join(app, file), text)
}

/** A plain `npm install`: no --force, no --legacy-peer-deps. Returns what npm printed. */
export async function installApp(app: string): Promise<string> {
  const { stdout, stderr } = await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app)
  return `${stdout}\n${stderr}`
}
