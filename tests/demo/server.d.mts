export function startDemoServer(root: string, port?: number): Promise<{ origin: string; close(): Promise<void> }>;
