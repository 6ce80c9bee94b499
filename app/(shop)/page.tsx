import { connection } from "next/server";

export default async function HomePage() {
  await connection();
  return <main><h1 className="text-2xl font-bold">Cartwright</h1></main>;
}
