export default async function run(): Promise<number> { return 2; }
