// The demo simulator's control API, as the end-to-end tests drive it: customers writing in,
// network drops, token expiry, and what reached the platform.
export async function control(simulatorUrl: string | null, route: string, body?: unknown): Promise<unknown> {
  if (!simulatorUrl) throw new Error('the demo simulator is not running');
  const response = await fetch(`${simulatorUrl}/__control/${route}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return response.json();
}

/** How many times the platform received a message with exactly this text. */
export async function sentCount(simulatorUrl: string | null, text: string): Promise<number> {
  const sent = (await control(simulatorUrl, 'sent')) as { countsByText: Record<string, number> };
  return sent.countsByText[text] ?? 0;
}
