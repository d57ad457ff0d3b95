import type { MetadataRoute } from "next";

/**
 * The desk can pin the calendar to a tablet's home screen and open it full screen. The name is the
 * product's, not the salon's: the manifest is fetched without a session and is the same for every salon.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Salon front desk",
    short_name: "Salon",
    description: "Appointments, clients, courses and packages for the salon front desk.",
    start_url: "/calendar",
    scope: "/",
    display: "standalone",
    orientation: "any",
    background_color: "#ffffff",
    theme_color: "#047f74",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
