import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Salon", template: "%s · Salon" },
  description: "Appointments, clients, courses and packages for the salon front desk.",
  robots: { index: false, follow: false },
  icons: { apple: "/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Salon", statusBarStyle: "default" },
};

export const viewport: Viewport = { themeColor: "#ffffff" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans text-base">{children}</body>
    </html>
  );
}
